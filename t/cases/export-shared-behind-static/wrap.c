int core(void);

int wrap(void)
{
    return core() - 2;
}
