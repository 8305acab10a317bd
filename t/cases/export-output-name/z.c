int z(void)
{
    return 0;
}
