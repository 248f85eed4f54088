# bash completion for linkgraph: source <(linkgraph completions bash)
_linkgraph() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
    # --option=value: bash splits at '=', so the option is two words back.
    if [[ $prev == = ]] && ((COMP_CWORD > 2)); then prev="${COMP_WORDS[COMP_CWORD-2]}"; fi
    if ((COMP_CWORD == 1)); then
        COMPREPLY=($(compgen -W 'items extract graph dormant dedup gazetteer completions help -h --help --version' -- "$cur"))
        return
    fi
    case "${COMP_WORDS[1]}" in
    items)
        case "$prev" in
        -f|--format) COMPREPLY=($(compgen -W 'json table' -- "$cur")); return ;;
        -o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        -j|--jobs) COMPREPLY=(); return ;;
        --max-input-mb) COMPREPLY=(); return ;;
        esac
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '-f --format -o --output -j --jobs --strict --max-input-mb -h --help' -- "$cur"))
        else
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
        ;;
    extract)
        case "$prev" in
        -f|--format) COMPREPLY=($(compgen -W 'json table' -- "$cur")); return ;;
        -g|--gazetteer) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        -o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        -j|--jobs) COMPREPLY=(); return ;;
        --max-input-mb) COMPREPLY=(); return ;;
        esac
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '-f --format -g --gazetteer -o --output -j --jobs --strict --max-input-mb -h --help' -- "$cur"))
        else
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
        ;;
    graph)
        case "$prev" in
        -f|--format) COMPREPLY=($(compgen -W 'dot graphml gexf json html svg' -- "$cur")); return ;;
        -l|--level) COMPREPLY=($(compgen -W 'org place country' -- "$cur")); return ;;
        -c|--country) COMPREPLY=(); return ;;
        --since) COMPREPLY=(); return ;;
        --until) COMPREPLY=(); return ;;
        -r|--relation) COMPREPLY=($(compgen -W 'agreement twinning planned event' -- "$cur")); return ;;
        --min-events) COMPREPLY=(); return ;;
        -g|--gazetteer) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        -o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        -j|--jobs) COMPREPLY=(); return ;;
        --max-input-mb) COMPREPLY=(); return ;;
        esac
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '-f --format -l --level -c --country --since --until -r --relation --min-events -g --gazetteer -o --output -j --jobs --strict --max-input-mb -h --help' -- "$cur"))
        else
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
        ;;
    dormant)
        case "$prev" in
        --as-of) COMPREPLY=(); return ;;
        --quiet-for) COMPREPLY=(); return ;;
        --min-events) COMPREPLY=(); return ;;
        -l|--level) COMPREPLY=($(compgen -W 'org place' -- "$cur")); return ;;
        -f|--format) COMPREPLY=($(compgen -W 'table csv json' -- "$cur")); return ;;
        -g|--gazetteer) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        -o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        -j|--jobs) COMPREPLY=(); return ;;
        --max-input-mb) COMPREPLY=(); return ;;
        esac
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '--as-of --quiet-for --min-events -l --level -a --all -f --format -g --gazetteer -o --output -j --jobs --strict --max-input-mb -h --help' -- "$cur"))
        else
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
        ;;
    dedup)
        case "$prev" in
        --threshold) COMPREPLY=(); return ;;
        --decisions) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --emit-gazetteer) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        -f|--format) COMPREPLY=($(compgen -W 'table json' -- "$cur")); return ;;
        -g|--gazetteer) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        -o|--output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        -j|--jobs) COMPREPLY=(); return ;;
        --max-input-mb) COMPREPLY=(); return ;;
        esac
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '--threshold --decisions --emit-gazetteer -f --format -g --gazetteer -o --output -j --jobs --strict --max-input-mb -h --help' -- "$cur"))
        else
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
        ;;
    gazetteer)
        case "$prev" in
        -g|--gazetteer) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        esac
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '-g --gazetteer -h --help' -- "$cur"))
        else
            COMPREPLY=($(compgen -W 'check' -- "$cur"))
        fi
        ;;
    completions)
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '-h --help' -- "$cur"))
        else
            COMPREPLY=($(compgen -W 'bash zsh fish' -- "$cur"))
        fi
        ;;
    help)
        ((COMP_CWORD == 2)) && COMPREPLY=($(compgen -W 'items extract graph dormant dedup gazetteer completions' -- "$cur"))
        ;;
    esac
}
complete -o filenames -F _linkgraph linkgraph
