int z(void);

int main(void)
{
    return z();
}
