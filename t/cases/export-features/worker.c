#include <pthread.h>

static void *run(void *arg)
{
    return arg;
}

int main(void)
{
    pthread_t t;
    void *out = 0;
    if (pthread_create(&t, 0, run, 0) != 0) return 1;
    pthread_join(t, &out);
    return out != 0;
}
