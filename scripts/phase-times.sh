# Times the phases of a test run. Source it, run `phase <name> <command...>` for each phase, and
# `print_phase_times` at the end. The times go to the file PHASE_TIMES_FILE names, so a caller
# (.ci/run) that sets it gathers the phases of `npm test` into its own table.

if [[ -z "${PHASE_TIMES_FILE:-}" ]]; then
  PHASE_TIMES_FILE=$(mktemp)
  PHASE_TIMES_OWNER=$$
fi
export PHASE_TIMES_FILE

# Runs the command; records its wall-clock time and whether it passed. Returns its exit status.
phase() {
  local name=$1 started status
  shift
  echo "== $name"
  started=$(date +%s%N)
  "$@" && status=0 || status=$?
  printf '%s\t%s\t%s\n' "$name" "$((($(date +%s%N) - started) / 1000000))" "$status" \
    >>"$PHASE_TIMES_FILE"
  return "$status"
}

print_phase_times() {
  [[ -s "$PHASE_TIMES_FILE" ]] || return 0
  echo
  awk -F '\t' '
    BEGIN { printf "%-40s %9s  %s\n", "Phase", "Seconds", "Result"; line() }
    function line() { printf "%-40s %9s  %s\n", "----------------------------------------", "---------", "------" }
    {
      printf "%-40s %9.1f  %s\n", $1, $2 / 1000, ($3 == 0 ? "passed" : "FAILED (exit " $3 ")")
      total += $2
    }
    END { line(); printf "%-40s %9.1f\n", "Total", total / 1000 }
  ' "$PHASE_TIMES_FILE"
}

# A caller that did not ask for the times gets its table and loses the file.
finish_phase_times() {
  if [[ "${PHASE_TIMES_OWNER:-}" == "$$" ]]; then
    print_phase_times
    rm -f "$PHASE_TIMES_FILE"
  fi
}
