int proto(void);

int net(void)
{
    return proto() + 1;
}
