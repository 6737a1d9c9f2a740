/* The benchmark's yardstick: the least a FastCGI program can do. */
#include <fcgiapp.h>

int
main(void)
{
	FCGX_Request req;

	if (FCGX_Init() != 0 || FCGX_InitRequest(&req, 0, 0) != 0)
		return 1;
	while (FCGX_Accept_r(&req) >= 0) {
		FCGX_FPrintF(req.out, "Status: 200 OK\r\n"
		    "Content-Type: text/plain; charset=utf-8\r\n\r\nhello\n");
		FCGX_Finish_r(&req);
	}
	return 0;
}
