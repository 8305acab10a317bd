int codec(void)
{
    return 2;
}
