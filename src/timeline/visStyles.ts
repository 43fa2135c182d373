// vis-timeline's stylesheet on its own, for a layout that loads the timeline lazily (the embed): imported from the
// main bundle it stays in the main stylesheet, before theme.css, whose rules override it.
import 'vis-timeline/styles/vis-timeline-graph2d.css'
