int main(void)
{
#ifndef FLAG
    return 1;
#else
    return PAIR + SPACED - 3;
#endif
}
