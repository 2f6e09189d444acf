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
#endif
