#ifndef KIT_TYPES_H
#define KIT_TYPES_H
typedef long kit_int;
#endif
