/* The school year runs from 1 August to 31 July; computed only here. */
#ifndef PASSEND_SCHOOLYEAR_H
#define PASSEND_SCHOOLYEAR_H

int	schoolyear_of(int year, int month);	/* the calendar year it starts in */

#endif
