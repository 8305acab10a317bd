#ifndef WALL_H
#define WALL_H
int wall(void);
#endif
