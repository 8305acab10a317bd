int wrap(void);

int main(void)
{
    return wrap();
}
