// A stand-in for the application process in tests of the embedded database's process safety.
// `write` opens the data directory and commits places one by one, reporting each commit;
// `names` opens it, prints every place name as JSON and closes it.
import { DataDirectoryLockedError } from "@/lib/db/lock";
import { openEmbeddedDatabase } from "@/lib/db/open";

const [dataDir, mode] = process.argv.slice(2);
if (!dataDir || (mode !== "write" && mode !== "names")) {
  console.error("usage: embedded-writer <dataDir> write|names");
  process.exit(2);
}

try {
  const database = await openEmbeddedDatabase(dataDir);
  if (mode === "names") {
    const places = await database.prisma.place.findMany({ select: { name: true } });
    console.log(JSON.stringify(places.map((place) => place.name)));
    await database.close();
  } else {
    for (let i = 0; ; i++) {
      await database.prisma.place.create({ data: { name: `written-${i}` } });
      console.log(`committed ${i}`);
    }
  }
} catch (error) {
  if (error instanceof DataDirectoryLockedError) {
    console.error(error.message);
    process.exit(3);
  }
  throw error;
}
