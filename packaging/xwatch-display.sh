# Sourced by the benchmarks that measure Shilu from outside its window, once they have set $tools
# (../shared/tools, or SHILU_TOOLS) and $work (their temporary folder): starts a private Xvfb
# display (its pid in $xvfb, for the script's exit trap to kill) and exports DISPLAY, and defines
#   watch NAME XWATCH-OPTIONS -- COMMAND
# which runs ../shared/tools/xwatch.py and prints its JSON line after NAME, appending it to
# $work/results for packaging/on-off-summary.py.
exec 3<> <(:)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
read -r -u 3 n
export DISPLAY=:$n

watch() { # NAME then the xwatch options and command
  local name=$1; shift
  python3 "$tools/xwatch.py" "$@" | sed "s/^/$name /" | tee -a "$work/results"
}
