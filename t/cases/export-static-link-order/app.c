int base(void);
int net(void);

int main(void)
{
    return net() - base() - 2;
}
