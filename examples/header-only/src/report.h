/* report.h: prints labelled numbers. */
#ifndef REPORT_H
#define REPORT_H

void report(const char *label, double value);

#endif
