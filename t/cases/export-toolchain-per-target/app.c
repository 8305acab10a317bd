int fast(void);

int main(void)
{
    return fast();
}
