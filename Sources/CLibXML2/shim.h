#ifndef PLANREIS_CLIBXML2_SHIM_H
#define PLANREIS_CLIBXML2_SHIM_H
// libxml2's headers pull in ICU when LIBXML_ICU_ENABLED is set; that clashes with the ICU
// bundled in Foundation. planreis never uses libxml2's ICU encoders, so switch it off here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlIO.h>
// zlib: the one gzip decoder. libxml2's input layer uses it for files on disk; planreis calls it
// for compressed bytes held in memory (XMLGunzip).
#include <zlib.h>

static inline int planreis_inflate_init_gzip(z_stream *stream) {
    // 15 window bits + 16: gzip wrapper only.
    return inflateInit2(stream, 15 + 16);
}

// libxml2 prints some errors that belong to no parser (the input layer's encoding errors,
// "xmlParseChunk: encoder error") through its generic handler, a C variadic function that Swift
// cannot define. planreis reports those errors itself (see LibXML2.collectingStrayErrors), so
// the generic handler of the calling thread is set to one that prints nothing.
static void planreis_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void planreis_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, planreis_ignore_generic_error);
}
#endif
