int top(void);
int bottom(void);

int main(void)
{
    return top() - bottom() - 1;
}
