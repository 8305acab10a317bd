int base(void);

int proto(void)
{
    return base() + 1;
}
