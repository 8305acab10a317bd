int bottom(void);

int top(void)
{
    return bottom() + 1;
}
