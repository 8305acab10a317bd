int parse(const char *s)
{
    return s[0] == 'x';
}
