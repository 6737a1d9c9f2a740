#include "schoolyear.h"

int
schoolyear_of(int year, int month)
{
	return month >= 8 ? year : year - 1;
}
