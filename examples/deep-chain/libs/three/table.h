/* table.h: a lookup table private to level three. */
#ifndef TABLE_H
#define TABLE_H

int table_lookup(int i);

#endif
