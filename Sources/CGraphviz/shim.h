#ifndef RELATIONGRAPH_CGRAPHVIZ_SHIM_H
#define RELATIONGRAPH_CGRAPHVIZ_SHIM_H

#include <stddef.h>
#include <graphviz/gvc.h>
#include <graphviz/graphviz_version.h>

/* gvRenderData's length parameter is unsigned int * up to Graphviz 12 and
   size_t * from Graphviz 13 on; this wrapper takes size_t * everywhere. */
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
typedef size_t relationgraph_render_length_t;
#else
typedef unsigned int relationgraph_render_length_t;
#endif

static inline int relationgraph_render_data(GVC_t *gvc, graph_t *graph, const char *format,
                                            char **result, size_t *length) {
    relationgraph_render_length_t produced = 0;
    int status = gvRenderData(gvc, graph, format, result, &produced);
    *length = (size_t)produced;
    return status;
}

#endif
