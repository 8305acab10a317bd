int legacy(void)
{
#ifdef FROM_CFLAGS
    return 0;
#else
    return 1;
#endif
}
