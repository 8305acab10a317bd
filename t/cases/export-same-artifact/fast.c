int codec(void)
{
    return 1;
}
