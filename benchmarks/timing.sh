# Shell functions shared by coldstart.sh and cli.sh (sourced, not run).

median() { # the median of the arguments (the lower middle value for an even count)
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

minimum() { # the smallest of the arguments
    printf '%s\n' "$@" | sort -n | head -n 1
}
