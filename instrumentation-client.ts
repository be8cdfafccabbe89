import { z } from "zod";

// Runs in the browser before the app's own modules. zod compiles fast object parsers with
// `new Function` when it may; probing for that is an eval, which the Content-Security-Policy
// refuses and reports (script-src has no 'unsafe-eval') even though zod catches the refusal.
// The forms' schemas are small, so they parse just as well without compiling.
z.config({ jitless: true });
