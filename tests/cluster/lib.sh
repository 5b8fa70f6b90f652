# Helpers shared by tests/cluster/run.sh and tests/bench/warc.sh: daemons stopped by pid on exit,
# waits with time limits, and a single-node Slurm (munged, slurmctld, slurmd) in a temporary
# folder. Source it after setting python, say and fail; it makes $work and sets the traps.
work="$(mktemp -d /tmp/extract-cluster.XXXXXX)"
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2> /dev/null || true
    done
    for pid in "${pids[@]}"; do
        # Give each daemon two seconds, then make sure.
        for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2> /dev/null || break; sleep 0.2; done
        kill -9 "$pid" 2> /dev/null || true
    done
    [[ -n "${KEEP:-}" ]] && say "kept $work" || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Waits up to $1 seconds for the command after it to succeed.
wait_for() {
    local seconds="$1"
    shift
    local deadline=$((SECONDS + seconds))
    until "$@" > /dev/null 2>&1; do
        [[ $SECONDS -lt $deadline ]] || return 1
        sleep 0.2
    done
}

free_port() { "$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# Starts munged with a fresh key, and slurmctld and slurmd of one node, all under $work; the
# daemons' pids go to pids, so cleanup stops them.
start_local_slurm() {
local slurm_started=$SECONDS
mkdir -p "$work/munge" "$work/slurm/state" "$work/slurm/spool" "$work/slurm/out"
chmod 700 "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
munged --force --key-file="$work/munge/munge.key" --socket="$work/munge/munge.sock" \
    --pid-file="$work/munge/munged.pid" --log-file="$work/munge/munged.log" --seed-file="$work/munge/munged.seed" \
    || fail "munged did not start: $(tail -n 5 "$work/munge/munged.log" 2> /dev/null)"
wait_for 10 test -s "$work/munge/munged.pid" || fail "munged wrote no pid file"
pids+=("$(cat "$work/munge/munged.pid")")
node=extractnode
cpus=$(nproc)
ctl_port="$(free_port)"
node_port="$(free_port)"
while [[ "$node_port" == "$ctl_port" ]]; do node_port="$(free_port)"; done
export SLURM_CONF="$work/slurm/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=extracttest
SlurmctldHost=$(hostname)(127.0.0.1)
SlurmctldPort=$ctl_port
SlurmdPort=$node_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$work/munge/munge.sock
StateSaveLocation=$work/slurm/state
SlurmdSpoolDir=$work/slurm/spool/%n
SlurmctldPidFile=$work/slurm/slurmctld.pid
SlurmdPidFile=$work/slurm/slurmd.pid
SlurmctldLogFile=$work/slurm/slurmctld.log
SlurmdLogFile=$work/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
ReturnToService=2
SlurmdTimeout=30
InactiveLimit=0
KillWait=5
NodeName=$node NodeHostname=$(hostname) NodeAddr=127.0.0.1 CPUs=$cpus State=UNKNOWN
PartitionName=test Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -D -i -f "$SLURM_CONF" > "$work/slurm/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -N "$node" -f "$SLURM_CONF" > "$work/slurm/slurmd.out" 2>&1 &
pids+=($!)
node_idle() { [[ "$(sinfo -h -n "$node" -o %t 2> /dev/null)" == idle* ]]; }
wait_for 40 node_idle || fail "the Slurm node did not come up: $(sinfo -h -o '%n %t' 2>&1); slurmctld: $(tail -n 5 "$work/slurm/slurmctld.log" "$work/slurm/slurmctld.out" 2>&1); slurmd: $(tail -n 5 "$work/slurm/slurmd.log" "$work/slurm/slurmd.out" 2>&1)"
say "Slurm up in $((SECONDS - slurm_started)) s"
}

# sbatch --wait polls at growing intervals (seconds late on a short job): the state is polled
# here every half second, with a time limit, and every task must end COMPLETED.
slurm_run() { # shards, output folder, inputs...; sets slurm_seconds
    local n="$1" out="$2"
    shift 2
    mkdir -p "$out" "$work/slurm/out"
    local t0=$SECONDS job states
    job=$(cd "$work/slurm/out" && EXTRACT="$extract" timeout 60 sbatch --parsable --array=1-"$n" --cpus-per-task=1 \
        --output="$out/task-%a.log" "$root/deploy/slurm/extract.sbatch" "$n" "$out" "$@" -- --quiet 2> "$work/slurm/sbatch.err") \
        || fail "sbatch refused the job: $(cat "$work/slurm/sbatch.err")"
    job="${job%%;*}"
    job_states() { scontrol -o show job "$job" 2> /dev/null | grep -o 'JobState=[A-Z_]*' | sort | uniq -c | tr -s ' \n' ' '; }
    job_done() {
        states="$(job_states)"
        [[ -n "$states" && "$states" != *PENDING* && "$states" != *RUNNING* && "$states" != *COMPLETING* && "$states" != *CONFIGURING* ]]
    }
    wait_for 300 job_done || fail "Slurm job $job did not finish in 300 s: $(job_states)"
    states="$(job_states)"
    [[ "$states" == " $n JobState=COMPLETED " || "$states" == "$n JobState=COMPLETED " ]] \
        || fail "Slurm job $job: $states; task logs: $(tail -n 5 "$out"/task-*.log 2> /dev/null); slurmctld: $(tail -n 5 "$work/slurm/slurmctld.log")"
    slurm_seconds=$((SECONDS - t0))
}
