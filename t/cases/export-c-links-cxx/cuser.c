int cshared(void);

int main(void)
{
    return cshared();
}
