extern "C" int legacy(void);

int main()
{
#ifndef FROM_CXXFLAGS
    return 1;
#else
    return legacy();
#endif
}
