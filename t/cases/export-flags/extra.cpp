extern "C" int extra()
{
    return 0;
}
