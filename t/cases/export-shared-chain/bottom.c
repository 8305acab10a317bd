int bottom(void)
{
    return 1;
}
