int picky(void)
{
    return 0;
}
