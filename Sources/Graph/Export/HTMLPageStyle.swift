/// The HTML page's style sheet and its bar of controls (search, filters, time slider, zoom), static
/// text that ``HTMLWriter`` writes as is; the script fills in the countries and the quarters.
enum HTMLPageStyle {
    static let css = """
    html, body { margin: 0; height: 100%; font: 13px "DejaVu Sans", Verdana, Arial, sans-serif; color: #1c2833; }
    body { display: flex; flex-direction: column; }
    #bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px; padding: 6px 10px;
      background: #f4f6f6; border-bottom: 1px solid #d5d8dc; }
    #bar label { white-space: nowrap; margin-right: 6px; }
    #bar .group { white-space: nowrap; }
    #bar button { font: inherit; min-width: 28px; }
    #search { font: inherit; width: 260px; }
    #slider { width: 180px; vertical-align: middle; }
    #quarter { display: inline-block; min-width: 150px; }
    #status { color: #566573; }
    #countries { position: relative; }
    #countries summary { cursor: pointer; }
    #country-list { position: absolute; z-index: 5; background: #fff; border: 1px solid #aab7b8; padding: 6px 10px;
      max-height: 60vh; overflow: auto; min-width: 220px; box-shadow: 0 2px 8px #0003; }
    #country-list label { display: block; }
    #main { flex: 1; display: flex; min-height: 0; }
    #canvas { flex: 1; position: relative; overflow: hidden; background: #fff; cursor: grab; touch-action: none; }
    #canvas.dragging { cursor: grabbing; }
    #canvas svg { position: absolute; left: 0; top: 0; width: 100%; height: 100%; user-select: none; }
    #side { width: 330px; overflow: auto; border-left: 1px solid #d5d8dc; padding: 4px 12px; font-size: 12px; background: #fdfefe; }
    #side h3 { font-size: 14px; margin: 8px 0 4px; }
    #side ol { padding-left: 20px; }
    #side li { margin-bottom: 8px; }
    #side .quote { display: block; font-style: italic; color: #34495e; margin-top: 2px; }
    #side .meta { color: #566573; }
    .hint { color: #566573; }
    #tip { position: fixed; z-index: 10; pointer-events: none; display: none; max-width: 420px; white-space: pre-line;
      background: #fffffff2; border: 1px solid #aab7b8; border-radius: 4px; padding: 4px 8px; font-size: 12px;
      box-shadow: 0 2px 6px #0002; }
    svg .hidden { display: none; }
    svg .edge { cursor: pointer; }
    svg .edge.dormant .line { stroke-dasharray: 2 3; opacity: 0.45; }
    svg .edge.dormant .inner { opacity: 0.45; }
    svg .edge:hover .line { filter: drop-shadow(0 0 2px #f39c12); }
    svg .edge.selected .line { stroke: #e67e22; }
    svg .dim { opacity: 0.15; }
    svg .node.match text { font-weight: bold; fill: #d35400; }
    svg .node.match polygon, svg .node.match ellipse, svg .node.match rect { stroke: #d35400; stroke-width: 3; }
    svg.labels-off .node text { display: none; }
    svg.labels-off .node.major text, svg.labels-off .node.match text { display: inline; }

    """

    static let controls = """
    <header id="bar">
    <strong>linkgraph</strong>
    <input id="search" type="search" placeholder="Search a name, any case or form" autocomplete="off">
    <span class="group">relation:
    <label><input type="checkbox" data-relation="agreement" checked> agreement</label>
    <label><input type="checkbox" data-relation="twinning" checked> twinning</label>
    <label><input type="checkbox" data-relation="planned" checked> planned</label>
    <label><input type="checkbox" data-relation="event" checked> event</label></span>
    <span class="group">level:
    <label><input type="checkbox" data-level="m" checked> municipal</label>
    <label><input type="checkbox" data-level="r" checked> regional</label></span>
    <details id="countries"><summary>countries</summary><div id="country-list"></div></details>
    <span class="group" id="time"><button id="play" type="button" title="Play the quarters">▶</button>
    <input id="slider" type="range" min="0" max="0" value="0" step="1" aria-label="quarter">
    <span id="quarter"></span></span>
    <span class="group"><button id="zoom-in" type="button" title="Zoom in">+</button><button id="zoom-out" type="button" title="Zoom out">−</button><button id="fit" type="button" title="Show everything">fit</button></span>
    <span id="status"></span>
    </header>

    """
}
