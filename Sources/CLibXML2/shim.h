#ifndef VANBAN_CLIBXML2_SHIM_H
#define VANBAN_CLIBXML2_SHIM_H

// The parts of libxml2 vanban uses: parsing, the tree, saving and RelaxNG validation.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and <libxml/encoding.h> then includes ICU's headers, whose
// types clash with the ICU copy inside Foundation. vanban never touches the ICU fields of
// xmlCharEncodingHandler (only pointers to it), so ICU is hidden from the Swift importer.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlstring.h>

/// libxml2's `xmlFree` is a global function pointer, which Swift 6 sees as shared mutable state.
static inline void vanban_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
