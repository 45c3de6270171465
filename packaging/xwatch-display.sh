# Sourced by the benchmarks that measure Shilu from outside its window, once they have set $tools
# (../shared/tools, or SHILU_TOOLS) and $work (their temporary folder): starts a private Xvfb
# display (its pid in $xvfb, for the script's exit trap to kill) and exports DISPLAY, and defines
#   watch NAME XWATCH-OPTIONS -- COMMAND
# which runs ../shared/tools/xwatch.py and prints its JSON line after NAME, appending it to
# $work/results for packaging/on-off-summary.py, and
#   warm PATH...
# which reads every file under the paths. This kind of machine pages out the file pages that no one
# has touched for about a minute (the kernel's DAMON reclaim, /sys/kernel/mm/damon): without it a
# start is measured against the disk, and the same empty stage started in 1.2 s at one round and
# 5.1 s at another.
command -v Xvfb >/dev/null || { echo "$0: needs Xvfb (the packages .ci/run installs)" >&2; exit 1; }
exec 3<> <(:)
Xvfb -displayfd 3 -screen 0 "${screen:-1280x800x24}" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
read -r -u 3 n
export DISPLAY=:$n

watch() { # NAME then the xwatch options and command
  local name=$1; shift
  python3 "$tools/xwatch.py" "$@" | sed "s/^/$name /" | tee -a "$work/results"
}

warm() {
  find "$@" -type f -exec cat {} + >/dev/null
}
