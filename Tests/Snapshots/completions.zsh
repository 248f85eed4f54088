#compdef linkgraph
# zsh completion for linkgraph: save as _linkgraph in a folder on $fpath, or source <(linkgraph completions zsh)

_linkgraph() {
    local curcontext="$curcontext" state line
    _arguments -C \
        '(- *)'{-h,--help}'[Show help]' \
        '(- *)--version[Show the version and the gazetteer'\''s size]' \
        '1: :->command' \
        '*:: :->arguments' && return
    case $state in
    command)
        local -a commands
        commands=(
            'items:Read reports into their numbered items\: fields, sections, dates'
            'extract:Link every organization, place and person the reports name to a canonical entity'
            'graph:Build the partnership graph of Smolensk bodies and foreign counterparts and export it'
            'dormant:Find dormant partnerships\: agreements, twin cities and regular partners with no recent activity'
            'dedup:Group the organization names that denote the same body, and propose gazetteer lines for them'
            'gazetteer:Check the gazetteer (and folders added with --gazetteer) and count its entities'
            'completions:Print shell completions for linkgraph'\''s commands, options and formats'
            'help:Show help for a command'
        )
        _describe -t commands 'linkgraph command' commands
        ;;
    arguments)
        case $line[1] in
        items)
            _arguments \
                '(-f --format)'{-f,--format}'[json (default) or table, for people to read]:format:(json table)' \
                '(-o --output)'{-o,--output}'[Write to FILE instead of standard output (atomically: a failed run leaves no partial file)]:file:_files' \
                '(-j --jobs)'{-j,--jobs}'[Read N files at once (default: the number of cores)]:n: ' \
                '(--strict)'--strict'[Stop at the first input that cannot be read, instead of finishing the others]' \
                '(--max-input-mb)'--max-input-mb'[Refuse an input over N MB (default: $LINKGRAPH_MAX_INPUT_MB, else 256); a file'\''s size is checked before it is read, standard input and pipes are read up to N MB]:n: ' \
                '(- *)'{-h,--help}'[Show this help]' \
                '*:file:_files'
            ;;
        extract)
            _arguments \
                '(-f --format)'{-f,--format}'[json (default): items with mentions, and the entities; table: mentions for people to read]:format:(json table)' \
                '*'{-g,--gazetteer}'[Add the entities in DIR/*.txt to the shipped gazetteer (repeatable)]:dir:_files -/' \
                '(-o --output)'{-o,--output}'[Write to FILE instead of standard output (atomically: a failed run leaves no partial file)]:file:_files' \
                '(-j --jobs)'{-j,--jobs}'[Read N files at once (default: the number of cores)]:n: ' \
                '(--strict)'--strict'[Stop at the first input that cannot be read, instead of finishing the others]' \
                '(--max-input-mb)'--max-input-mb'[Refuse an input over N MB (default: $LINKGRAPH_MAX_INPUT_MB, else 256); a file'\''s size is checked before it is read, standard input and pipes are read up to N MB]:n: ' \
                '(- *)'{-h,--help}'[Show this help]' \
                '*:file:_files'
            ;;
        graph)
            _arguments \
                '(-f --format)'{-f,--format}'[dot (Graphviz, the default), graphml (Gephi, yEd, Cytoscape, networkx), gexf (Gephi, with a timeline), json, html (one interactive page, no network needed) or svg (a picture, no Graphviz needed)]:format:(dot graphml gexf json html svg)' \
                '(-l --level)'{-l,--level}'[org: entities as named (default); place: organizations rolled up to their city or district; country: foreign partners rolled up to their country]:level:(org place country)' \
                '(-c --country)'{-c,--country}'[Keep foreign partners in these countries only: BY,CN (ISO 3166 alpha-2)]:codes: ' \
                '(--since)'--since'[Keep evidence that ends on or after this day (YYYY-MM-DD)]:date: ' \
                '(--until)'--until'[Keep evidence that starts on or before this day (YYYY-MM-DD)]:date: ' \
                '(-r --relation)'{-r,--relation}'[Keep these relations only: agreement,twinning,planned,event]:relation:(agreement twinning planned event)' \
                '(--min-events)'--min-events'[Keep edges with at least N distinct report items as evidence]:n: ' \
                '*'{-g,--gazetteer}'[Add the entities in DIR/*.txt to the shipped gazetteer (repeatable)]:dir:_files -/' \
                '(-o --output)'{-o,--output}'[Write to FILE instead of standard output (atomically: a failed run leaves no partial file)]:file:_files' \
                '(-j --jobs)'{-j,--jobs}'[Read N files at once (default: the number of cores)]:n: ' \
                '(--strict)'--strict'[Stop at the first input that cannot be read, instead of finishing the others]' \
                '(--max-input-mb)'--max-input-mb'[Refuse an input over N MB (default: $LINKGRAPH_MAX_INPUT_MB, else 256); a file'\''s size is checked before it is read, standard input and pipes are read up to N MB]:n: ' \
                '(- *)'{-h,--help}'[Show this help]' \
                '*:file:_files'
            ;;
        dormant)
            _arguments \
                '(--as-of)'--as-of'[Judge silence as of this day (YYYY-MM-DD; default: the last day of the latest reporting period among the inputs)]:date: ' \
                '(--quiet-for)'--quiet-for'[Dormant after this long without activity: 12m (default), 18m, 2y, 4q, 90d]:period: ' \
                '(--min-events)'--min-events'[Joint events that make a partnership without an agreement or twinning (default 2)]:n: ' \
                '(-l --level)'{-l,--level}'[org: entities as named (default); place: organizations rolled up to their city or district]:level:(org place)' \
                '(-a --all)'{-a,--all}'[List every tie with its status (dormant, active, not-judged, one-off), not only the dormant ones]' \
                '(-f --format)'{-f,--format}'[table (default), csv or json]:format:(table csv json)' \
                '*'{-g,--gazetteer}'[Add the entities in DIR/*.txt to the shipped gazetteer (repeatable)]:dir:_files -/' \
                '(-o --output)'{-o,--output}'[Write to FILE instead of standard output (atomically: a failed run leaves no partial file)]:file:_files' \
                '(-j --jobs)'{-j,--jobs}'[Read N files at once (default: the number of cores)]:n: ' \
                '(--strict)'--strict'[Stop at the first input that cannot be read, instead of finishing the others]' \
                '(--max-input-mb)'--max-input-mb'[Refuse an input over N MB (default: $LINKGRAPH_MAX_INPUT_MB, else 256); a file'\''s size is checked before it is read, standard input and pipes are read up to N MB]:n: ' \
                '(- *)'{-h,--help}'[Show this help]' \
                '*:file:_files'
            ;;
        dedup)
            _arguments \
                '(--threshold)'--threshold'[The similarity (0 to 1) two names need to be grouped by their words (default 0.85)]:x: ' \
                '(--decisions)'--decisions'[Read accept/reject/split decisions from FILE; when FILE does not exist, create it with the syntax and the groups proposed]:file:_files' \
                '(--emit-gazetteer)'--emit-gazetteer'[Write the proposed gazetteer lines to FILE (new entities as blocks, names for known ones commented)]:file:_files' \
                '(-f --format)'{-f,--format}'[table (default): the groups for people; json: for scripts]:format:(table json)' \
                '*'{-g,--gazetteer}'[Add the entities in DIR/*.txt to the shipped gazetteer (repeatable)]:dir:_files -/' \
                '(-o --output)'{-o,--output}'[Write to FILE instead of standard output (atomically: a failed run leaves no partial file)]:file:_files' \
                '(-j --jobs)'{-j,--jobs}'[Read N files at once (default: the number of cores)]:n: ' \
                '(--strict)'--strict'[Stop at the first input that cannot be read, instead of finishing the others]' \
                '(--max-input-mb)'--max-input-mb'[Refuse an input over N MB (default: $LINKGRAPH_MAX_INPUT_MB, else 256); a file'\''s size is checked before it is read, standard input and pipes are read up to N MB]:n: ' \
                '(- *)'{-h,--help}'[Show this help]' \
                '*:file:_files'
            ;;
        gazetteer)
            _arguments \
                '*'{-g,--gazetteer}'[Add the entities in DIR/*.txt to the shipped gazetteer (repeatable)]:dir:_files -/' \
                '(- *)'{-h,--help}'[Show this help]' \
                '1:check:(check)'
            ;;
        completions)
            _arguments \
                '(- *)'{-h,--help}'[Show this help]' \
                '1:bash|zsh|fish:(bash zsh fish)'
            ;;
        help)
            _arguments '1:command:(items extract graph dormant dedup gazetteer completions)'
            ;;
        esac
        ;;
    esac
}

if [[ $funcstack[1] == _linkgraph ]]; then
    _linkgraph "$@"
else
    compdef _linkgraph linkgraph
fi
