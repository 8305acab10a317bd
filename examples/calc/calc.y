/* calc.y: the grammar of calc, integer expressions one a line, each
   result printed as it is read. */
%{
#include <stdio.h>

int yylex(void);
void yyerror(const char *message);
%}

%token NUMBER
%left '+' '-'
%left '*' '/' '%'
%right UMINUS

%%

lines
    : /* empty */
    | lines line
    ;

line
    : '\n'
    | expr '\n'         { printf("%d\n", $1); }
    | error '\n'        { yyerrok; }
    ;

expr
    : NUMBER
    | expr '+' expr     { $$ = $1 + $3; }
    | expr '-' expr     { $$ = $1 - $3; }
    | expr '*' expr     { $$ = $1 * $3; }
    | expr '/' expr     { if ($3 == 0) { yyerror("division by zero"); $$ = 0; }
                          else $$ = $1 / $3; }
    | expr '%' expr     { if ($3 == 0) { yyerror("division by zero"); $$ = 0; }
                          else $$ = $1 % $3; }
    | '-' expr %prec UMINUS { $$ = -$2; }
    | '(' expr ')'      { $$ = $2; }
    ;

%%

void yyerror(const char *message)
{
    fprintf(stderr, "calc: %s\n", message);
    /* At once: a C runtime may buffer stderr too (Windows' does, when it is
       not a console), and the message belongs before the result. */
    fflush(stderr);
}
