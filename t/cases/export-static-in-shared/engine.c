int parse(const char *s);

int engine(const char *s)
{
    return parse(s);
}
