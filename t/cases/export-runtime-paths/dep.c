int dep(void)
{
    return 0;
}
