extern "C" int lib()
{
    auto x = 0;
    return x;
}
