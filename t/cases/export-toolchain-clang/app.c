int lib(void);

int main(void)
{
    return lib();
}
