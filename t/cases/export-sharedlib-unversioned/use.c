int plain(void);

int main(void)
{
    return plain();
}
