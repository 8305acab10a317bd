/* answer.S: preprocessed assembly. The C preprocessor runs before the
   assembler, so a macro gives the value. */
#define ANSWER 42
        .data
        .globl answer
answer:
        .long ANSWER
#if defined(__ELF__)
        .section .note.GNU-stack,"",%progbits
#endif
