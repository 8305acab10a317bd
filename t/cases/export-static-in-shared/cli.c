int engine(const char *s);

int main(void)
{
    return engine("y");
}
