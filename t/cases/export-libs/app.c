double mathy(double x);
int loader(void);

int main(void)
{
    return (int)mathy(0.0) + loader();
}
